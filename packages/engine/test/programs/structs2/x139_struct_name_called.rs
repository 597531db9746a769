struct R { w: u32, h: u32 }
fn main() {
    let r = R(10, 40);
    println!("{}", r.w);
}
