// Programs the web benchmarks drive, shared by web.bench.ts and profile.bench.ts.

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
