// AoC 2020 day 6 using a u32 bitmask per person
const ANSWERS: &str = "abc

a
b
c

ab
ac

a
a
a
a

b";

fn mask(person: &str) -> u32 {
    person.bytes().fold(0, |m, b| m | 1 << (b - b'a'))
}

fn main() {
    let mut anyone = 0;
    let mut everyone = 0;
    for group in ANSWERS.split("\n\n") {
        let masks: Vec<u32> = group.lines().map(mask).collect();
        let union = masks.iter().fold(0, |acc, m| acc | m);
        let inter = masks.iter().fold(u32::MAX, |acc, m| acc & m);
        println!("group {:?}: any={} all={}", group.replace('\n', " "), union.count_ones(), inter.count_ones());
        anyone += union.count_ones();
        everyone += inter.count_ones();
    }
    println!("Part 1: {}", anyone);
    println!("Part 2: {}", everyone);
}
