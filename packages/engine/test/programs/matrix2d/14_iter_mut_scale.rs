// Scale every cell with nested iter_mut.
fn scale(m: &mut Vec<Vec<i32>>, k: i32) {
    for row in m.iter_mut() {
        for cell in row.iter_mut() {
            *cell *= k;
        }
    }
}

fn main() {
    let mut m = vec![vec![1, 2], vec![3, 4], vec![5, 6]];
    scale(&mut m, 3);
    println!("{:?}", m);
    for row in &mut m {
        row.push(0);
    }
    println!("{:?}", m);
}
