fn total<'a, I: Iterator<Item = &'a i32>>(iter: I) -> i32 {
    let v: Vec<i32> = iter.copied().collect();
    v.iter().sum()
}
fn main() {
    let xs = vec![1, 2, 3];
    println!("{}", total(xs.iter()));
}
