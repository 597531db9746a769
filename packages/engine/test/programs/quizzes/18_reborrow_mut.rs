fn bump(x: &mut i32) {
    *x += 1;
}
fn main() {
    let mut n = 0;
    let r = &mut n;
    bump(&mut *r);
    bump(r);
    let r2 = &mut *r;
    *r2 += 10;
    *r += 100;
    println!("{}", n);
}
