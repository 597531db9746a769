fn pick<'a>(x: &'a i32, y: &i32) -> &'a i32 {
    if *x > *y {
        x
    } else {
        y
    }
}

fn main() {
    let a = 4;
    let b = 9;
    println!("{}", pick(&a, &b));
}
