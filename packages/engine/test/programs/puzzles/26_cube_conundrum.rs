#[derive(Debug, Default)]
struct Draw {
    red: u32,
    green: u32,
    blue: u32,
}

struct Game {
    id: u32,
    draws: Vec<Draw>,
}

fn parse_game(line: &str) -> Game {
    let (head, body) = line.split_once(": ").unwrap();
    let id = head.strip_prefix("Game ").unwrap().parse().unwrap();
    let draws = body
        .split("; ")
        .map(|set| {
            let mut d = Draw::default();
            for cubes in set.split(", ") {
                let (n, colour) = cubes.split_once(' ').unwrap();
                let n: u32 = n.parse().unwrap();
                match colour {
                    "red" => d.red = n,
                    "green" => d.green = n,
                    "blue" => d.blue = n,
                    _ => panic!("unknown colour {colour}"),
                }
            }
            d
        })
        .collect();
    Game { id, draws }
}

impl Game {
    fn possible(&self) -> bool {
        self.draws.iter().all(|d| d.red <= 12 && d.green <= 13 && d.blue <= 14)
    }

    fn power(&self) -> u32 {
        let r = self.draws.iter().map(|d| d.red).max().unwrap_or(0);
        let g = self.draws.iter().map(|d| d.green).max().unwrap_or(0);
        let b = self.draws.iter().map(|d| d.blue).max().unwrap_or(0);
        r * g * b
    }
}

fn main() {
    let input = "Game 1: 3 blue, 4 red; 1 red, 2 green, 6 blue; 2 green
Game 2: 1 blue, 2 green; 3 green, 4 blue, 1 red; 1 green, 1 blue
Game 3: 8 green, 6 blue, 20 red; 5 blue, 4 red, 13 green; 5 green, 1 red
Game 4: 1 green, 3 red, 6 blue; 3 green, 6 red; 3 green, 15 blue, 14 red
Game 5: 6 red, 1 blue, 3 green; 2 blue, 1 red, 2 green";
    let games: Vec<Game> = input.lines().map(parse_game).collect();
    let part1: u32 = games.iter().filter(|g| g.possible()).map(|g| g.id).sum();
    let part2: u32 = games.iter().map(Game::power).sum();
    println!("Part 1: {part1}");
    println!("Part 2: {part2}");
}
