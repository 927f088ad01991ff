// remark-lint over policies/**/*.mdx: `npm run lint:policies`. The consistent and recommended
// presets keep Markdown uniform so owners' edits read the same way; messages give file:line:column.
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import presetConsistent from 'remark-preset-lint-consistent';
import presetRecommended from 'remark-preset-lint-recommended';
import listItemBulletIndent from 'remark-lint-list-item-bullet-indent';

export default {
  plugins: [
    remarkFrontmatter,
    remarkMdx,
    presetConsistent,
    presetRecommended,
    // Bullets under a lettered paragraph ("A. bring the Trust into disrepute, for example by:")
    // are indented to sit under its words; that is this project's convention, not a mistake.
    [listItemBulletIndent, false],
  ],
};
