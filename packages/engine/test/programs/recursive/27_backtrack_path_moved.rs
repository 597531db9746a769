// Subsets: the path is passed to the recursive call
fn subsets(items: &[i32], idx: usize, mut path: Vec<i32>, out: &mut Vec<Vec<i32>>) {
    if idx == items.len() {
        out.push(path);
        return;
    }
    subsets(items, idx + 1, path, out);
    path.push(items[idx]);
    subsets(items, idx + 1, path, out);
}

fn main() {
    let mut out = Vec::new();
    subsets(&[1, 2], 0, Vec::new(), &mut out);
    println!("{:?}", out);
}
