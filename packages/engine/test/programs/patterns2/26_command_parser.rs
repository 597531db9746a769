#[derive(Debug, PartialEq)]
enum Command {
    Go(Direction, u32),
    Take(String),
    Drop(String),
    Look,
    Quit,
}

#[derive(Debug, PartialEq, Clone, Copy)]
enum Direction {
    North,
    South,
    East,
    West,
}

fn parse_dir(s: &str) -> Option<Direction> {
    match s {
        "n" | "north" => Some(Direction::North),
        "s" | "south" => Some(Direction::South),
        "e" | "east" => Some(Direction::East),
        "w" | "west" => Some(Direction::West),
        _ => None,
    }
}

fn parse(line: &str) -> Result<Command, String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    match words.as_slice() {
        ["go", dir] => parse_dir(dir)
            .map(|d| Command::Go(d, 1))
            .ok_or(format!("unknown direction '{}'", dir)),
        ["go", dir, steps] => {
            let d = parse_dir(dir).ok_or(format!("unknown direction '{}'", dir))?;
            let n = steps.parse::<u32>().map_err(|e| e.to_string())?;
            Ok(Command::Go(d, n))
        }
        ["take", item @ ..] if !item.is_empty() => Ok(Command::Take(item.join(" "))),
        ["drop", item] => Ok(Command::Drop(item.to_string())),
        ["look"] | ["l"] => Ok(Command::Look),
        ["quit"] | ["exit"] => Ok(Command::Quit),
        [] => Err("empty command".to_string()),
        [verb, ..] => Err(format!("I don't know how to '{}'", verb)),
    }
}

fn main() {
    let script = [
        "go north",
        "go w 3",
        "go up",
        "go e many",
        "take rusty old key",
        "take",
        "drop lamp",
        "l",
        "",
        "dance wildly",
        "exit",
    ];
    for line in script {
        match parse(line) {
            Ok(cmd) => println!("{:<20} => {:?}", line, cmd),
            Err(e) => println!("{:<20} => error: {}", line, e),
        }
    }
}
