import { test } from 'node:test';
import assert from 'node:assert/strict';
import { searchMarking, searchablePage, type SearchablePage } from '#src/search/search-marking.ts';
import { indexedPageCount, isArchivedCopy, isGzippedIndexFile, isMarkedForSearch, isPublishedIndexFile, pagesGlob } from '#src/search/search-index-files.ts';

const policy: Omit<SearchablePage, 'kind'> = {
  title: 'Social Media Policy',
  summary: 'How employees should use social media.',
  version: '1.0',
  status: 'approved',
  owner: 'Director of People, Trust office',
  category: 'Conduct',
  audience: ['All staff', 'Governors'],
  keywords: ['X', 'friend request'],
};

test('a policy page is marked for the index with its details as metadata and filters', () => {
  assert.deepEqual(searchMarking(searchablePage('policy', policy), '/policies/social-media/'), {
    'data-pagefind-body': '',
    'data-pagefind-meta': 'title[data-search-title], version[data-search-version], status[data-search-status], kind[data-search-kind], summary[data-search-summary]',
    'data-pagefind-filter':
      'status[data-search-status-label], format[data-search-format], category[data-search-category], owner[data-search-owner], ' +
      'audience[data-search-audience-1], audience[data-search-audience-2], edition[data-search-edition], policy[data-search-policy]',
    'data-search-title': 'Social Media Policy',
    'data-search-version': '1.0',
    'data-search-status': 'approved',
    'data-search-kind': 'policy',
    'data-search-summary': 'How employees should use social media.',
    'data-search-status-label': 'Approved',
    'data-search-format': 'Full policy',
    'data-search-category': 'Conduct',
    // Captured from an attribute, a comma in a value stays part of it.
    'data-search-owner': 'Director of People, Trust office',
    'data-search-edition': 'Current',
    'data-search-policy': '/policies/social-media/',
    'data-search-audience-1': 'All staff',
    'data-search-audience-2': 'Governors',
  });
});

test('an easy-read page and an archived version say which they are', () => {
  const easyRead = searchMarking(searchablePage('easy-read', policy), '/policies/social-media/');
  assert.equal(easyRead['data-search-format'], 'Easy read');
  assert.equal(easyRead['data-search-edition'], 'Current');
  assert.equal(easyRead['data-search-policy'], '/policies/social-media/', 'an easy read is grouped with its policy');
  const version = searchMarking(searchablePage('version', { ...policy, status: 'withdrawn' }), '/policies/social-media/versions/1.0/');
  assert.equal(version['data-search-format'], 'Full policy');
  assert.equal(version['data-search-edition'], 'Archived version');
  assert.equal(version['data-search-status-label'], 'Withdrawn');
});

test('only the files the site\'s own search needs are published', () => {
  for (const file of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.en.pagefind', 'pagefind.en_1a2b.pf_meta', 'index/en_1.pf_index', 'fragment/en_2.pf_fragment', 'filter/en_3.pf_filter']) {
    assert.equal(isPublishedIndexFile(file), true, file);
  }
  for (const file of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js']) {
    assert.equal(isPublishedIndexFile(file), false, file);
  }
  assert.equal(indexedPageCount('{"version":"1.6.0","languages":{"en":{"hash":"en_1","wasm":"en","page_count":7}}}'), 7);
  assert.equal(indexedPageCount('{"languages":{}}'), 0);
});

test('a page is handed to the search index only when it has text marked for search', () => {
  const attributes = Object.entries(searchMarking(searchablePage('policy', policy), '/policies/social-media/')).map(([name, value]) => `${name}="${value}"`).join(' ');
  assert.equal(isMarkedForSearch(`<main><article ${attributes}>text</article></main>`), true);
  assert.equal(isMarkedForSearch('<main><h1>Policies A to Z</h1></main>'), false);
});

test('an archived copy of an earlier version goes in the archive\'s index; a policy and its easy read do not', () => {
  const page = (kind: 'policy' | 'easy-read' | 'version') => {
    const attributes = Object.entries(searchMarking(searchablePage(kind, policy), '/policies/social-media/')).map(([name, value]) => `${name}="${value}"`).join(' ');
    return Buffer.from(`<main><article ${attributes}>text</article></main>`);
  };
  assert.equal(isArchivedCopy(page('version')), true);
  assert.equal(isArchivedCopy(page('policy')), false);
  assert.equal(isArchivedCopy(page('easy-read')), false);
});

test('Pagefind\'s gzip files are the ones a server marks as gzip, and nothing else', () => {
  for (const file of ['wasm.en.pagefind', 'pagefind.en_1a2b.pf_meta', 'pagefind/index/en_1.pf_index', 'fragment/en_2.pf_fragment', 'filter/en_3.pf_filter']) {
    assert.equal(isGzippedIndexFile(file), true, file);
  }
  for (const file of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'index.html', 'styles.css.gz']) {
    assert.equal(isGzippedIndexFile(file), false, file);
  }
});

test('the marked pages reach Pagefind as one exact glob; a path a glob cannot name is sent on its own', () => {
  assert.deepEqual(pagesGlob(['policies/a/index.html', 'policies/b/versions/2.0/index.html']), { glob: '{policies/a/index.html,policies/b/versions/2.0/index.html}', leftOver: [] });
  assert.deepEqual(pagesGlob(['policies/a/index.html']), { glob: 'policies/a/index.html', leftOver: [] });
  assert.deepEqual(pagesGlob(['policies/a/index.html', 'policies/b,c/index.html', 'policies/[d]/index.html']), { glob: 'policies/a/index.html', leftOver: ['policies/b,c/index.html', 'policies/[d]/index.html'] });
  assert.deepEqual(pagesGlob([]), { glob: undefined, leftOver: [] });
});
