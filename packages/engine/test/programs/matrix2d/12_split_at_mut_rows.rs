// Get two rows mutably at once with split_at_mut.
fn add_row_into(g: &mut Vec<Vec<i32>>, src: usize, dst: usize) {
    assert!(src < dst);
    let (top, bottom) = g.split_at_mut(dst);
    let from = &top[src];
    let to = &mut bottom[0];
    for (t, f) in to.iter_mut().zip(from.iter()) {
        *t += *f;
    }
}

fn main() {
    let mut g = vec![vec![1, 2, 3], vec![10, 20, 30], vec![100, 200, 300]];
    add_row_into(&mut g, 0, 2);
    add_row_into(&mut g, 1, 2);
    for row in &g {
        println!("{:?}", row);
    }
}
