fn main() {
    let mut x = 10;
    // `move` copies x into the closure; the closure's copy is independent.
    let mut bump = move || {
        x += 1;
        x
    };
    println!("bump() = {}", bump());
    println!("bump() = {}", bump());
    println!("outer x = {}", x);

    x = 100;
    println!("outer x after assign = {}", x);
    println!("bump() = {}", bump());

    let point = (3, 4);
    let dist_sq = move || point.0 * point.0 + point.1 * point.1;
    println!("dist^2 = {}, point still usable: {:?}", dist_sq(), point);
}
