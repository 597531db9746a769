// Slice patterns inspect the shape of a slice.
fn describe(v: &[i32]) -> String {
    match v {
        [] => String::from("empty"),
        [one] => format!("just {}", one),
        [a, b] => format!("pair {} and {}", a, b),
        [first, .., last] if first == last => format!("starts and ends with {}", first),
        [first, middle @ .., last] => {
            format!("{} ... {} with {} in between", first, last, middle.len())
        }
    }
}

fn main() {
    let tests: [&[i32]; 6] = [&[], &[7], &[1, 2], &[4, 0, 0, 4], &[1, 2, 3, 4, 5], &[9, 9, 9]];
    for t in tests {
        println!("{:?}: {}", t, describe(t));
    }

    // Patterns on arrays of fixed size.
    let rgb = [255, 128, 0];
    let [r, g, b] = rgb;
    println!("r={} g={} b={}", r, g, b);

    // Binding the tail in a plain let (arrays have a known length).
    let args = ["greet", "Ada", "Grace"];
    let [cmd, names @ ..] = args;
    println!("{} -> {:?}", cmd, names);

    if let [.., second_last, _] = args {
        println!("second last: {}", second_last);
    }
}
