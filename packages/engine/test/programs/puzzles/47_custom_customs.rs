use std::collections::HashSet;

fn main() {
    let input = "abc\n\na\nb\nc\n\nab\nac\n\na\na\na\na\n\nb";
    let groups: Vec<String> = input.split("\n\n").map(|g| g.to_string()).collect();

    let first = groups[0];
    println!("first group: {}", first);

    let mut anyone = 0;
    let mut everyone = 0;
    for group in &groups {
        let people: Vec<HashSet<char>> = group.lines().map(|l| l.chars().collect()).collect();
        let union: HashSet<char> = people.iter().flatten().copied().collect();
        let common = people
            .iter()
            .skip(1)
            .fold(people[0].clone(), |acc, p| acc.intersection(p).copied().collect());
        anyone += union.len();
        everyone += common.len();
    }
    println!("anyone: {}, everyone: {}", anyone, everyone);
}
