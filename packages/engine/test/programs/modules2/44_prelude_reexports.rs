// A "prelude" module that re-exports the most used items from a deeper hierarchy.
mod game {
    pub mod entities {
        pub mod player {
            #[derive(Debug)]
            pub struct Player {
                pub name: String,
                pub hp: i32,
            }
        }
        pub mod monster {
            #[derive(Debug)]
            pub struct Monster {
                pub kind: &'static str,
                pub attack: i32,
            }
        }
    }

    pub mod combat {
        use super::entities::monster::Monster;
        use super::entities::player::Player;

        pub fn hit(p: &mut Player, m: &Monster) {
            p.hp -= m.attack;
        }
    }

    pub mod prelude {
        pub use super::combat::hit;
        pub use super::entities::monster::Monster;
        pub use super::entities::player::Player;
    }
}

use game::prelude::*;

fn main() {
    let mut hero = Player { name: String::from("Link"), hp: 20 };
    let foes = [Monster { kind: "bat", attack: 3 }, Monster { kind: "ogre", attack: 9 }];
    for f in foes.iter() {
        hit(&mut hero, f);
        println!("{} hits {} -> hp {}", f.kind, hero.name, hero.hp);
    }
    println!("{:?}", hero);
}
