use std::collections::HashMap;

fn main() {
    let input = "LLR

AAA = (BBB, BBB)
BBB = (AAA, ZZZ)
ZZZ = (ZZZ, ZZZ)";

    let (instructions, network) = input.split_once("\n\n").unwrap();
    let mut nodes: HashMap<&str, (&str, &str)> = HashMap::new();
    for line in network.lines() {
        let (name, targets) = line.split_once(" = ").unwrap();
        let targets = targets.trim_matches(|c| c == '(' || c == ')');
        let (left, right) = targets.split_once(", ").unwrap();
        nodes.insert(name, (left, right));
    }

    let mut current = "AAA";
    let mut steps = 0;
    for dir in instructions.chars().cycle() {
        if current == "ZZZ" {
            break;
        }
        let (l, r) = nodes[current];
        current = if dir == 'L' { l } else { r };
        steps += 1;
        println!("step {}: {} -> {}", steps, dir, current);
    }
    println!("reached ZZZ in {} steps", steps);
}
