fn main() {
    let directions = "(()(()(((())))()))((())))(";

    let floor = directions.chars().fold(0i32, |f, c| match c {
        '(' => f + 1,
        ')' => f - 1,
        _ => f,
    });
    println!("Part 1: floor {}", floor);

    let mut level = 0;
    let mut basement = None;
    for (i, b) in directions.bytes().enumerate() {
        level += if b == b'(' { 1 } else { -1 };
        if level < 0 {
            basement = Some(i + 1);
            break;
        }
    }
    match basement {
        Some(pos) => println!("Part 2: basement first entered at position {}", pos),
        None => println!("Part 2: never entered the basement"),
    }
}
