// A tour of the places patterns appear and the forms they take.
fn classify(n: i32) -> &'static str {
    match n {
        0 => "zero",
        1 | 2 | 3 => "small",
        4..=9 => "single digit",
        i32::MIN..=-1 => "negative",
        _ => "large",
    }
}

fn letter_kind(c: char) -> &'static str {
    match c {
        'a' | 'e' | 'i' | 'o' | 'u' => "vowel",
        'a'..='z' => "consonant",
        _ => "other",
    }
}

fn print_coords(&(x, y): &(i32, i32)) {
    println!("point at ({}, {})", x, y);
}

fn main() {
    for n in [0, 2, 7, -4, 42] {
        println!("{} is {}", n, classify(n));
    }
    println!("'e' {}, 'k' {}, '?' {}", letter_kind('e'), letter_kind('k'), letter_kind('?'));

    // let with a tuple pattern
    let (name, age, _) = ("Rin", 31, "unused");
    println!("{} is {}", name, age);

    // function parameters are patterns too
    print_coords(&(3, -2));

    // while let pops until the stack is empty
    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() {
        print!("{} ", top);
    }
    println!();

    // for loops destructure the (index, value) tuple
    for (i, ch) in "abc".chars().enumerate() {
        print!("{}:{} ", i, ch);
    }
    println!();

    // if let with else if and else
    let favorite: Option<&str> = None;
    let is_tuesday = false;
    let age_str: Result<u8, _> = "34".parse();
    if let Some(color) = favorite {
        println!("using {}", color);
    } else if is_tuesday {
        println!("green on Tuesdays");
    } else if let Ok(a) = age_str {
        println!("age {} picks {}", a, if a > 30 { "purple" } else { "orange" });
    } else {
        println!("blue");
    }
}
