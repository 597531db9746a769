fn fizzbuzz(n: u32) -> String {
    match (n % 3, n % 5) {
        (0, 0) => "FizzBuzz".to_string(),
        (0, _) => "Fizz".to_string(),
        (_, 0) => "Buzz".to_string(),
        _ => n.to_string(),
    }
}

fn quadrant(p: (i32, i32)) -> &'static str {
    match p {
        (0, 0) => "origin",
        (0, _) => "on the y axis",
        (_, 0) => "on the x axis",
        (x, y) if x > 0 && y > 0 => "quadrant I",
        (x, y) if x < 0 && y > 0 => "quadrant II",
        (x, _) if x < 0 => "quadrant III",
        _ => "quadrant IV",
    }
}

fn main() {
    let line: Vec<String> = (1..=15).map(fizzbuzz).collect();
    println!("{}", line.join(" "));
    for p in [(0, 0), (0, 5), (-3, 0), (2, 2), (-1, 4), (-2, -2), (3, -9)] {
        println!("{:?} is {}", p, quadrant(p));
    }
    let ((a, b), [c, d]) = ((1, 2), [3, 4]);
    println!("destructured: {} {} {} {}", a, b, c, d);
}
