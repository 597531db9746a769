struct Sq { n: u32 }
impl Iterator for Sq {
    type Item = u32;
    fn next(&mut self) -> Option<u32> { self.n += 1; if self.n > 5 { None } else { Some(self.n * self.n) } }
}
fn main() {
    let mut s = Sq { n: 0 };
    println!("{:?}", s.nth(1));
    println!("{:?}", s.next());
    println!("{:?}", s.nth(5));
    println!("{:?}", Sq { n: 2 }.nth(0));
}
