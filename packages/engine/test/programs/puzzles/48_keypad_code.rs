// 2016 day 2: Bathroom Security
// The student forgot that moving up from the top row would go below zero.
fn main() {
    let keypad = [['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9']];
    let instructions = "RRDD\nLURDL\nUUUUD";

    let mut row: usize = 1;
    let mut col: usize = 1;
    let mut code = String::new();
    for line in instructions.lines() {
        for step in line.chars() {
            match step {
                'U' => row -= 1,
                'D' => row = (row + 1).min(2),
                'L' => col = col.saturating_sub(1),
                'R' => col = (col + 1).min(2),
                _ => {}
            }
        }
        code.push(keypad[row][col]);
        println!("after {:<6} code so far: {}", line, code);
    }
    println!("bathroom code: {}", code);
}
