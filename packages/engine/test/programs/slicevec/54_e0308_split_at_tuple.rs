// split_at returns a tuple of two slices, not a single slice.
fn main() {
    let data = [1, 2, 3, 4, 5, 6];
    let left: &[i32] = data.split_at(2);
    println!("{:?}", left);
}
