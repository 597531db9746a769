use std::collections::HashMap;

// 2017 day 8: "b inc 5 if a > 1"
fn main() {
    let input = "b inc 5 if a > 1
a inc 1 if b < 5
c dec -10 if a >= 1
c inc -20 if c == 10";
    let mut registers: HashMap<String, i32> = HashMap::new();
    let mut highest_ever = 0;

    for line in input.lines() {
        let parts: Vec<&str> = line.split_whitespace().collect();
        let target = parts[0].to_string();
        let op = parts[1].to_string();
        let amount: i32 = parts[2].parse().unwrap();
        let cond_reg = *registers.get(parts[4]).unwrap_or(&0);
        let cond_val: i32 = parts[6].parse().unwrap();

        let holds = match parts[5] {
            ">" => cond_reg > cond_val,
            "<" => cond_reg < cond_val,
            ">=" => cond_reg >= cond_val,
            "<=" => cond_reg <= cond_val,
            "==" => cond_reg == cond_val,
            "!=" => cond_reg != cond_val,
            _ => panic!("bad comparison"),
        };
        if !holds {
            continue;
        }
        let delta = match op {
            "inc" => amount,
            "dec" => -amount,
            _ => panic!("bad op"),
        };
        let reg = registers.entry(target).or_insert(0);
        *reg += delta;
        highest_ever = highest_ever.max(*reg);
    }

    let largest = registers.values().max().unwrap();
    println!("largest value at the end: {}", largest);
    println!("largest value ever: {}", highest_ever);
}
