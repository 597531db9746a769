// Flood fill with an explicit stack instead of recursion.
fn flood_fill(img: &mut Vec<Vec<u8>>, start: (usize, usize), new_color: u8) -> usize {
    let old = img[start.0][start.1];
    if old == new_color {
        return 0;
    }
    let mut stack = vec![start];
    let mut filled = 0;
    while let Some((r, c)) = stack.pop() {
        if img[r][c] != old {
            continue;
        }
        img[r][c] = new_color;
        filled += 1;
        if r > 0 { stack.push((r - 1, c)); }
        if r + 1 < img.len() { stack.push((r + 1, c)); }
        if c > 0 { stack.push((r, c - 1)); }
        if c + 1 < img[r].len() { stack.push((r, c + 1)); }
    }
    filled
}

fn main() {
    let mut img = vec![
        vec![1, 1, 0, 0],
        vec![1, 0, 0, 1],
        vec![1, 1, 0, 1],
        vec![0, 1, 1, 1],
    ];
    let n = flood_fill(&mut img, (0, 0), 7);
    println!("filled {} cells", n);
    for row in &img {
        println!("{:?}", row);
    }
}
