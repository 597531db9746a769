fn make_counter() -> impl FnMut() -> u32 {
    let mut count = 0;
    move || {
        count += 1;
        count
    }
}

fn main() {
    let name = String::from("Ferris");
    let say_hi = move || println!("hi, {}", name);
    say_hi();
    say_hi();

    let data = vec![10, 20, 30];
    let total = move || data.iter().sum::<i32>();
    println!("total = {}", total());

    let mut a = make_counter();
    let mut b = make_counter();
    println!("a: {} {} {}", a(), a(), a());
    println!("b: {}", b());

    let x = 5;
    let add_x = move |y: i32| x + y;
    println!("x is Copy so still usable: {} {}", x, add_x(10));
}
