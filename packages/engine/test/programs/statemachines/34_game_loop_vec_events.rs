// A simple enemy controller with state-specific data and an event log
#[derive(Debug, Clone, PartialEq)]
enum Enemy {
    Patrol { waypoints: Vec<(i32, i32)>, index: usize },
    Chase { target: String, distance: u32 },
    Attack { target: String },
    Retreat,
}

fn update(enemy: Enemy, sees: Option<(&str, u32)>, hp: u32, log: &mut Vec<String>) -> Enemy {
    if hp < 20 {
        if !matches!(enemy, Enemy::Retreat) {
            log.push(String::from("low health, retreating"));
        }
        return Enemy::Retreat;
    }
    match (enemy, sees) {
        (Enemy::Patrol { waypoints, index }, None) => {
            let index = (index + 1) % waypoints.len();
            log.push(format!("patrol to {:?}", waypoints[index]));
            Enemy::Patrol { waypoints, index }
        }
        (_, Some((who, d))) if d <= 1 => {
            log.push(format!("attacking {}", who));
            Enemy::Attack { target: who.to_string() }
        }
        (_, Some((who, d))) => {
            log.push(format!("chasing {} at {}", who, d));
            Enemy::Chase { target: who.to_string(), distance: d }
        }
        (other, None) => {
            log.push(String::from("lost sight"));
            match other {
                Enemy::Retreat => Enemy::Retreat,
                _ => Enemy::Patrol { waypoints: vec![(0, 0), (5, 0)], index: 0 },
            }
        }
    }
}

fn main() {
    let mut log = Vec::new();
    let mut e = Enemy::Patrol { waypoints: vec![(0, 0), (4, 0), (4, 4)], index: 0 };
    let frames: [(Option<(&str, u32)>, u32); 6] = [
        (None, 100),
        (None, 100),
        (Some(("hero", 5)), 100),
        (Some(("hero", 1)), 60),
        (None, 60),
        (Some(("hero", 1)), 10),
    ];
    for (sees, hp) in frames {
        e = update(e, sees, hp, &mut log);
    }
    for (i, line) in log.iter().enumerate() {
        println!("{}: {}", i, line);
    }
    println!("final: {:?}", e);
}
