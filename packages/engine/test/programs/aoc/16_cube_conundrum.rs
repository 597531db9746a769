const GAMES: &str = "Game 1: 3 blue, 4 red; 1 red, 2 green, 6 blue; 2 green
Game 2: 1 blue, 2 green; 3 green, 4 blue, 1 red; 1 green, 1 blue
Game 3: 8 green, 6 blue, 20 red; 5 blue, 4 red, 13 green; 5 green, 1 red
Game 4: 1 green, 3 red, 6 blue; 3 green, 6 red; 3 green, 15 blue, 14 red
Game 5: 6 red, 1 blue, 3 green; 2 blue, 1 red, 2 green";

#[derive(Default, Debug)]
struct Cubes {
    red: u32,
    green: u32,
    blue: u32,
}

fn max_cubes(draws: &str) -> Cubes {
    let mut max = Cubes::default();
    for draw in draws.split(';') {
        for item in draw.split(',') {
            let (count, colour) = item.trim().split_once(' ').unwrap();
            let count: u32 = count.parse().unwrap();
            let slot = match colour {
                "red" => &mut max.red,
                "green" => &mut max.green,
                "blue" => &mut max.blue,
                _ => panic!("unknown colour"),
            };
            *slot = (*slot).max(count);
        }
    }
    max
}

fn main() {
    let mut possible_sum = 0;
    let mut power_sum = 0;
    for line in GAMES.lines() {
        let (head, draws) = line.split_once(": ").unwrap();
        let id: u32 = head.strip_prefix("Game ").unwrap().parse().unwrap();
        let m = max_cubes(draws);
        if m.red <= 12 && m.green <= 13 && m.blue <= 14 {
            possible_sum += id;
        }
        power_sum += m.red * m.green * m.blue;
        println!("game {}: {:?}", id, m);
    }
    println!("Part 1: {}", possible_sum);
    println!("Part 2: {}", power_sum);
}
