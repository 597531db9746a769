// Programs the web benchmarks drive, shared by web.bench.ts and profile.bench.ts.
import { expect, type Page } from '@playwright/test';
import LZString from 'lz-string';

/** 49 calls of `dive` on top of `main`, four boxes each: 50 frames and 200 heap blocks at the deepest step. */
export const DEEP_PROGRAM = `fn dive(depth: u32, acc: u32) -> u32 {
    let a = Box::new(depth);
    let b = Box::new(depth + 1);
    let c = Box::new(depth + 2);
    let d = Box::new(depth + 3);
    if depth == 0 {
        return acc + *a + *b + *c + *d;
    }
    let r = dive(depth - 1, acc + *a);
    r + *b + *c + *d
}

fn main() {
    let w = Box::new(1u32);
    let x = Box::new(2u32);
    let y = Box::new(3u32);
    let z = Box::new(4u32);
    let total = dive(48, *w + *x + *y + *z);
    println!("{}", total);
}
`;

/** Opens the playground on DEEP_PROGRAM and runs it; the number of steps of its run. */
export async function runDeepProgram(page: Page): Promise<number> {
  await page.goto('/playground#code=' + LZString.compressToEncodedURIComponent(DEEP_PROGRAM));
  await expect(page.getByTestId('editor').locator('.cm-content')).toContainText('fn dive');
  await page.getByTestId('run-program').click();
  const position = page.getByTestId('step-position');
  await expect(position).toHaveText(/^1 \/ \d+$/, { timeout: 60_000 });
  return Number((await position.textContent())!.split('/')[1]);
}
