// Lecture 9: closures capture their environment.
// This closure only reads `greeting`, so it borrows it immutably.
fn main() {
    let greeting = String::from("Hello");
    let names = ["Ada", "Grace", "Linus"];

    let greet = |name: &str| format!("{}, {}!", greeting, name);

    for n in names.iter() {
        println!("{}", greet(n));
    }

    // greeting is still usable: the closure only borrowed it
    println!("greeting still owned by main: {} ({} bytes)", greeting, greeting.len());
}
