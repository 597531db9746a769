struct P { x: i32, y: i32 }
fn main() {
    let (mut a, mut b) = (0u64, 1u64);
    for _ in 0..10 { (a, b) = (b, a + b); }
    println!("{} {}", a, b);
    let mut p = P { x: 1, y: 2 };
    (p.x, p.y) = (p.y, p.x);
    let mut v = vec![String::from("l"), String::from("r")];
    let mut s = String::from("s");
    (v[0], s) = (s.clone() + "!", String::from("new"));
    println!("{} {} {:?} {}", p.x, p.y, v, s);
}
