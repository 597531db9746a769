// Passing a String to a function moves it; returning it moves it back.
fn take_and_shout(text: String) -> String {
    let mut loud = text.to_uppercase();
    loud.push('!');
    loud
}

fn measure(text: String) -> (String, usize) {
    let len = text.len();
    (text, len)
}

fn print_and_drop(text: String) {
    println!("printing then dropping: {text}");
}

fn main() {
    let greeting = String::from("hello");
    let greeting = take_and_shout(greeting);
    println!("{greeting}");

    let (greeting, len) = measure(greeting);
    println!("'{greeting}' has {len} bytes");

    print_and_drop(greeting);

    // Integers are Copy, so x is still usable.
    let x = 5;
    let y = x;
    println!("x = {x}, y = {y}");
}
