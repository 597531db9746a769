const PROGRAM: &str = r#"addx 15
addx -11
addx 6
addx -3
addx 5
addx -1
addx -8
addx 13
addx 4
noop
addx -1
addx 5
addx -1
addx 5
addx -1
addx 5
addx -1
addx 5
addx -1
addx -35
addx 1
addx 24
addx -19
addx 1
addx 16
addx -11
noop
noop
addx 21
addx -15
noop
noop
addx -3
addx 9
addx 1
addx -3
addx 8
addx 1
addx 5
noop
noop
noop
noop
noop
addx -36
noop"#;

fn main() {
    // value of X during each cycle (index 0 = cycle 1)
    let mut xs: Vec<i32> = Vec::new();
    let mut x = 1;
    for line in PROGRAM.lines() {
        let parts: Vec<&str> = line.split_whitespace().collect();
        match parts[..] {
            ["noop"] => xs.push(x),
            ["addx", v] => {
                xs.push(x);
                xs.push(x);
                x += v.parse::<i32>().unwrap();
            }
            _ => unreachable!(),
        }
    }
    println!("cycles simulated: {}", xs.len());

    let strength: i32 = [20, 60, 80]
        .iter()
        .filter(|&&c| c <= xs.len())
        .map(|&c| c as i32 * xs[c - 1])
        .sum();
    println!("Part 1: {}", strength);

    println!("Part 2:");
    for row in xs.chunks(40) {
        let line: String = row
            .iter()
            .enumerate()
            .map(|(col, &sprite)| if (col as i32 - sprite).abs() <= 1 { '#' } else { '.' })
            .collect();
        println!("{}", line);
    }
}
