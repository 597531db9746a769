// @ bindings keep the matched value; match guards add extra conditions.
enum Message {
    Hello { id: i32 },
    Temperature(i32),
}

fn describe(msg: &Message) -> String {
    match msg {
        Message::Hello { id: id_var @ 3..=7 } => format!("hello, id in range: {}", id_var),
        Message::Hello { id: 10..=12 } => String::from("hello, id in another range"),
        Message::Hello { id } => format!("hello, other id: {}", id),
        Message::Temperature(t) if *t < 0 => format!("freezing: {}", t),
        Message::Temperature(t @ 0..=25) => format!("mild: {}", t),
        Message::Temperature(t) => format!("hot: {}", t),
    }
}

fn main() {
    let messages = [
        Message::Hello { id: 5 },
        Message::Hello { id: 11 },
        Message::Hello { id: 99 },
        Message::Temperature(-3),
        Message::Temperature(20),
        Message::Temperature(38),
    ];
    for m in &messages {
        println!("{}", describe(m));
    }

    let x = 4;
    let y = false;
    match x {
        4 | 5 | 6 if y => println!("yes"),
        _ => println!("no: the guard applies to all of 4 | 5 | 6"),
    }

    let pair = Some(8);
    let limit = 8;
    match pair {
        Some(n) if n == limit => println!("matched the outer variable limit = {}", n),
        Some(n) => println!("some other {}", n),
        None => println!("nothing"),
    }

    let numbers = [1, 2, 3, 4, 5];
    if let [first, middle @ .., last] = numbers {
        println!("first {}, middle {:?}, last {}", first, middle, last);
    }
}
