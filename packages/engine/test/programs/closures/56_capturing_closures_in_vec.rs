// Two capturing closures never have the same type, even with the same signature.
fn main() {
    let bonus = 5;
    let factor = 3;
    let rules = vec![
        move |x: i32| x + bonus,
        move |x: i32| x * factor,
    ];

    for r in &rules {
        println!("{}", r(10));
    }
}
