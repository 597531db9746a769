struct R { w: u32 }
impl R { fn area(&self) -> u32 { self.w } }
fn main() {
    let v = vec![R { w: 1 }];
    println!("{}", v.area());
}
