struct Unit;
struct Pair(i32, i32);
struct R { w: u32 }
fn main() {
    let u = Unit;
    let p = Pair(1, 2);
    let r = R;
    println!("{}", p.0);
}
