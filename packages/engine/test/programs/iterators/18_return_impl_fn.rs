fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_multiplier(factor: f64) -> impl Fn(f64) -> f64 {
    move |x| x * factor
}

fn make_greeter(greeting: &str) -> impl Fn(&str) -> String {
    let greeting = greeting.to_string();
    move |name| format!("{}, {}!", greeting, name)
}

fn main() {
    let add5 = make_adder(5);
    let add10 = make_adder(10);
    println!("{} {}", add5(1), add10(1));

    let to_km = make_multiplier(1.609);
    println!("26.2 miles = {:.1} km", to_km(26.2));

    let hello = make_greeter("Hello");
    let hola = make_greeter("Hola");
    for name in ["Ana", "Ben"] {
        println!("{} / {}", hello(name), hola(name));
    }

    let results: Vec<i32> = (1..=3).map(make_adder(100)).collect();
    println!("{:?}", results);
}
