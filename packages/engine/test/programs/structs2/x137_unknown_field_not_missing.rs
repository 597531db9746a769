struct R { width: u32, height: u32 }
fn main() {
    let r = R { width: 7, hieght: 9 };
    println!("{}", r.width);
}
