fn bigger<'a>(a: &'a mut i32, b: &'a mut i32) -> &'a mut i32 {
    if *a > *b { a } else { b }
}
fn main() {
    let mut x = 3;
    let mut y = 7;
    *bigger(&mut x, &mut y) += 100;
    let r = bigger(&mut x, &mut y);
    *r -= 1;
    println!("{} {}", x, y);
}
