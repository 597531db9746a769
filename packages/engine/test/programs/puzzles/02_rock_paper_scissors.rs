// AoC 2022 day 2 - Rock Paper Scissors
#[derive(Debug, Clone, Copy, PartialEq)]
enum Shape {
    Rock,
    Paper,
    Scissors,
}

impl Shape {
    fn from_char(c: char) -> Shape {
        match c {
            'A' | 'X' => Shape::Rock,
            'B' | 'Y' => Shape::Paper,
            'C' | 'Z' => Shape::Scissors,
            _ => panic!("bad shape {}", c),
        }
    }

    fn score(self) -> u32 {
        match self {
            Shape::Rock => 1,
            Shape::Paper => 2,
            Shape::Scissors => 3,
        }
    }

    fn beats(self) -> Shape {
        match self {
            Shape::Rock => Shape::Scissors,
            Shape::Paper => Shape::Rock,
            Shape::Scissors => Shape::Paper,
        }
    }

    fn loses_to(self) -> Shape {
        match self {
            Shape::Rock => Shape::Paper,
            Shape::Paper => Shape::Scissors,
            Shape::Scissors => Shape::Rock,
        }
    }
}

fn outcome(me: Shape, them: Shape) -> u32 {
    if me == them {
        3
    } else if me.beats() == them {
        6
    } else {
        0
    }
}

fn main() {
    let input = "A Y\nB X\nC Z\nA Z\nC X";
    let mut part1 = 0;
    let mut part2 = 0;
    for line in input.lines() {
        let chars: Vec<char> = line.chars().collect();
        let them = Shape::from_char(chars[0]);
        let me = Shape::from_char(chars[2]);
        part1 += me.score() + outcome(me, them);

        let wanted = match chars[2] {
            'X' => them.beats(),
            'Y' => them,
            _ => them.loses_to(),
        };
        part2 += wanted.score() + outcome(wanted, them);
    }
    println!("part 1 = {}", part1);
    println!("part 2 = {}", part2);
}
