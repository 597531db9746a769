// Student wants a helper that returns the sorted version of a slice,
// but returns a reference instead of the Vec itself.
fn sorted(v: &[i32]) -> &[i32] {
    let mut copy = v.to_vec();
    copy.sort();
    &copy
}

fn main() {
    let data = [4, 1, 3, 2];
    let s = sorted(&data);
    println!("{:?} -> {:?}", data, s);
}
