fn main() {
    let mut n = 0;
    let r = &mut n;
    let r2 = &mut *r;
    *r += 1;
    *r2 += 10;
    println!("{}", n);
}
