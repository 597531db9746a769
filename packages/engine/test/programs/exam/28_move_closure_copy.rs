fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn main() {
    let mut base = 10;
    let add_base = move |x: i32| x + base;
    base += 5;
    println!("add_base(1) = {}", add_base(1));
    println!("base = {}", base);

    let greeting = String::from("hi");
    let g2 = greeting.clone();
    let say = move || format!("{} there", g2);
    println!("{} / {}", say(), greeting);

    let add3 = make_adder(3);
    println!("add3(4) = {}", add3(4));
}
