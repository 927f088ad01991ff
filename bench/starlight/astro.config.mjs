// A minimal Starlight site: the team's obvious alternative. The benchmark fills src/content/docs
// with the same generated policies and builds it: HTML and Pagefind search only.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [starlight({ title: 'Staff policies' })],
});
