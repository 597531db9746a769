struct C(u32);
impl Iterator for C {
    type Item = u32;
    fn next(&mut self) -> Option<i32> {
        None
    }
}
fn main() {
    println!("{:?}", C(0).next());
}
