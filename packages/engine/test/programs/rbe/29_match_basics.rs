// match on values, ranges and alternatives; destructuring tuples and arrays.
fn describe(number: i32) -> &'static str {
    match number {
        1 => "One!",
        2 | 3 | 5 | 7 | 11 => "This is a prime",
        13..=19 => "A teen",
        _ => "Ain't special",
    }
}

fn main() {
    for n in [1, 7, 15, 42] {
        println!("{}: {}", n, describe(n));
    }

    let boolean = true;
    let binary = match boolean {
        false => 0,
        true => 1,
    };
    println!("{} -> {}", boolean, binary);

    let triple = (0, -2, 3);
    match triple {
        (0, y, z) => println!("First is `0`, `y` is {:?}, and `z` is {:?}", y, z),
        (1, ..) => println!("First is `1` and the rest doesn't matter"),
        (.., 2) => println!("last is `2` and the rest doesn't matter"),
        _ => println!("It doesn't matter what they are"),
    }

    let arrays = [[1, -2, 6], [3, 4, 5], [-1, 0, 9], [7, 8, 9]];
    for array in arrays {
        match array {
            [0, second, third] => println!("array[0] = 0, array[1] = {}, array[2] = {}", second, third),
            [1, _, third] => println!("array[0] = 1, array[2] = {} and ignoring array[1]", third),
            [-1, second, ..] => println!("array[0] = -1, array[1] = {} and the rest is ignored", second),
            [3, second, tail @ ..] => println!("array[0] = 3, array[1] = {} and the rest is {:?}", second, tail),
            [first, middle @ .., last] => println!("first {}, middle {:?}, last {}", first, middle, last),
        }
    }

    let v = [10, 20, 30, 40];
    match &v[..] {
        [] => println!("empty"),
        [one] => println!("one: {}", one),
        [head, rest @ ..] => println!("head {} then {} more", head, rest.len()),
    }
}
