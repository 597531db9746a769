// Returning closures from closures: a curried greeting.
fn greeter(greeting: String) -> Box<dyn Fn(&str) -> String> {
    Box::new(move |name| format!("{}, {}!", greeting, name))
}

fn curried_add(a: i32) -> impl Fn(i32) -> Box<dyn Fn(i32) -> i32> {
    move |b| Box::new(move |c| a + b + c)
}

fn main() {
    let hello = greeter(String::from("Hello"));
    let bonjour = greeter("Bonjour".to_string());
    println!("{}", hello("Alice"));
    println!("{}", bonjour("Camille"));

    let add1 = curried_add(1);
    let add1_2 = add1(2);
    println!("1 + 2 + 3 = {}", add1_2(3));
    println!("1 + 10 + 100 = {}", curried_add(1)(10)(100));
}
