import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openSampleSite, type BrowserSite } from '../helpers/browser-site.ts';

let site: BrowserSite;
before(async () => { site = await openSampleSite(); });
after(async () => { await site?.close(); });

/**
 * Brings each picture into view and stays there until it has loaded, as a reader would: lazy pictures
 * only start loading once near the screen, and a busy machine may need more than a moment to start.
 */
async function readToTheEnd(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (const image of [...document.images]) {
      image.scrollIntoView({ block: 'center' });
      const giveUp = Date.now() + 30_000;
      while (!image.complete) {
        if (Date.now() > giveUp) throw new Error(`the picture "${image.alt}" did not load within 30 seconds of coming into view`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  });
}

/** 1.375rem at the browser's default 16px: the smallest easy-read body text the site allows (22px). */
const MIN_BODY_TEXT_PX = 22;

test('each point shows its picture on the left and its words on the right, and every picture has alt text', async () => {
  const { page } = await site.newPage();
  await page.goto(`${site.server.url}policies/social-media/easy-read/`);
  await readToTheEnd(page);
  const points = page.locator('.easy-read__text .point');
  const count = await points.count();
  assert.ok(count >= 40, `the Social Media Policy's easy read has its points (${count})`);
  const rows = await points.evaluateAll((elements) => elements.map((element) => {
    const picture = element.querySelector('img')!;
    const words = element.querySelector('.point__words')!;
    const p = picture.getBoundingClientRect();
    const w = words.getBoundingClientRect();
    return { alt: picture.alt, loaded: picture.complete && picture.naturalWidth > 0, pictureRight: p.right, wordsLeft: w.left, overlap: p.top < w.bottom && w.top < p.bottom, text: words.textContent?.trim() ?? '' };
  }));
  for (const row of rows) {
    assert.ok(row.alt.trim().length > 0, `a picture without alt text beside "${row.text}"`);
    assert.ok(row.loaded, `the picture "${row.alt}" loaded`);
    assert.ok(row.pictureRight <= row.wordsLeft, `the picture "${row.alt}" is left of its words`);
    assert.ok(row.overlap, `the picture "${row.alt}" is beside its words, not above them`);
  }
});

test('body text is at least 1.375rem, left aligned and never italic', async () => {
  const { page } = await site.newPage();
  await page.goto(`${site.server.url}policies/social-media/easy-read/`);
  const styles = await page.locator('.easy-read__text :is(p, li)').evaluateAll((elements) => elements.map((element) => {
    const style = getComputedStyle(element);
    return { size: Number.parseFloat(style.fontSize), align: style.textAlign, italic: style.fontStyle !== 'normal', text: element.textContent?.slice(0, 40) ?? '' };
  }));
  assert.ok(styles.length > 40);
  for (const style of styles) {
    assert.ok(style.size >= MIN_BODY_TEXT_PX, `"${style.text}" is ${style.size}px`);
    assert.ok(style.align === 'left' || style.align === 'start', `"${style.text}" is aligned ${style.align}`);
    assert.equal(style.italic, false, `"${style.text}" is italic`);
  }
});

test('the pictures stay on the left at 320 pixels wide', async () => {
  const { page } = await site.newPage({ width: 320, height: 640 });
  await page.goto(`${site.server.url}policies/social-media/easy-read/`);
  const first = page.locator('.easy-read__text .point').first();
  const [picture, words] = await Promise.all([first.locator('img').boundingBox(), first.locator('.point__words').boundingBox()]);
  assert.ok(picture && words && picture.x + picture.width <= words.x, 'picture left of the words');
  assert.ok(words.width >= 180, `the words have room (${words.width}px)`);
});

test('the easy read says which version it explains and links to the full policy, which links back', async () => {
  const { page } = await site.newPage();
  await page.goto(`${site.server.url}policies/social-media/`);
  await page.getByRole('link', { name: 'Easy read version of this policy' }).click();
  await page.waitForURL(/\/policies\/social-media\/easy-read\/$/);
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Social Media Policy: easy read');
  const about = page.getByRole('region', { name: 'About this easy read' });
  assert.match(await about.innerText(), /This is the easy read version of the Social Media Policy\. It explains version 1\.0 of the policy\./);
  assert.match(await about.innerText(), /People with a learning disability have not checked this easy read yet\./);
  await about.getByRole('link', { name: 'Read the full Social Media Policy' }).click();
  await page.waitForURL(/\/policies\/social-media\/$/);
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Social Media Policy');
});

test('the register shows which policies have an easy read', async () => {
  const { page } = await site.newPage();
  await page.goto(site.server.url);
  const link = page.getByRole('link', { name: 'Easy read version of the Social Media Policy' });
  await link.click();
  await page.waitForURL(/\/policies\/social-media\/easy-read\/$/);
});

test('pictures far below the first screen load only as the reader comes to them, and all of them print', async () => {
  const { page, requests } = await site.newPage({ width: 375, height: 667 });
  await page.goto(`${site.server.url}policies/social-media/easy-read/`);
  await page.waitForLoadState('load');
  const pictures = await page.locator('img.point__picture').evaluateAll((images) => images.map((image) => ({
    src: (image as HTMLImageElement).currentSrc || (image as HTMLImageElement).src,
    loading: (image as HTMLImageElement).loading,
    top: image.getBoundingClientRect().top,
  })));
  const firstScreen = pictures.filter((picture) => picture.top < 667);
  assert.ok(firstScreen.length > 0 && firstScreen.every((picture) => picture.loading === 'eager'), 'the pictures on the first screen load at once');
  const farBelow = pictures.filter((picture) => picture.top > 667 * 6);
  assert.ok(farBelow.length >= 10, `the page has pictures far below the first screen (${farBelow.length})`);
  assert.ok(farBelow.every((picture) => picture.loading === 'lazy'));
  const requested = new Set(requests);
  assert.ok(farBelow.some((picture) => !requested.has(picture.src)), 'some pictures far below were not fetched on opening the page');

  await page.pdf({ format: 'A4' });
  const unloaded = await page.evaluate(() => [...document.images].filter((image) => !image.complete || image.naturalWidth === 0).map((image) => image.alt));
  assert.deepEqual(unloaded, [], 'every picture is there when the page is printed');
});
