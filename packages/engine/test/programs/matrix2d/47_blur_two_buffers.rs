// Box blur: read from one buffer, write into another, then swap.
fn blur(src: &[Vec<u32>], dst: &mut [Vec<u32>]) {
    let h = src.len();
    let w = src[0].len();
    for r in 0..h {
        for c in 0..w {
            let mut total = 0;
            let mut n = 0;
            for rr in r.saturating_sub(1)..(r + 2).min(h) {
                for cc in c.saturating_sub(1)..(c + 2).min(w) {
                    total += src[rr][cc];
                    n += 1;
                }
            }
            dst[r][c] = total / n;
        }
    }
}

fn main() {
    let mut a = vec![vec![0u32; 5]; 3];
    a[1][2] = 90;
    let mut b = vec![vec![0u32; 5]; 3];
    for pass in 1..=2 {
        blur(&a, &mut b);
        std::mem::swap(&mut a, &mut b);
        println!("after pass {}:", pass);
        for row in &a {
            println!("{:?}", row);
        }
    }
}
