fn classify(n: i32) -> &'static str {
    if n < 0 {
        "negative"
    } else if n == 0 {
        "zero"
    } else {
        "positive"
    }
}

fn main() {
    let y = {
        let x = 3;
        x + 1
    };
    println!("The value of y is: {y}");

    let condition = true;
    let number = if condition { 5 } else { 6 };
    println!("The value of number is: {number}");

    for n in [-3, 0, 8] {
        println!("{} is {}", n, classify(n));
    }

    let z = {
        let a = 2;
        a * a;
    };
    println!("z is the unit value: {:?}", z);
}
