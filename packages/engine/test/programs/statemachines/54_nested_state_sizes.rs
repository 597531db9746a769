// Nested enums can share one tag byte when the inner enum leaves spare values
use std::mem::size_of;

#[allow(dead_code)]
#[derive(Clone, Copy)]
enum Dir {
    North,
    East,
    South,
    West,
}

#[allow(dead_code)]
enum Robot {
    Off,
    Moving(Dir),
    Turning(Dir, Dir),
}

#[allow(dead_code)]
enum Sensor {
    Idle,
    Reading(u8),
}

fn main() {
    println!("Dir:                 {}", size_of::<Dir>());
    println!("Option<Dir>:         {}", size_of::<Option<Dir>>());
    println!("Option<Option<Dir>>: {}", size_of::<Option<Option<Dir>>>());
    println!("Robot:               {}", size_of::<Robot>());
    println!("Sensor:              {}", size_of::<Sensor>());
    println!("Option<Sensor>:      {}", size_of::<Option<Sensor>>());
    println!("(Dir, Sensor):       {}", size_of::<(Dir, Sensor)>());
    println!("Result<u8, Dir>:     {}", size_of::<Result<u8, Dir>>());
    println!("Option<u8>:          {}", size_of::<Option<u8>>());
    println!("Option<Box<Robot>>:  {}", size_of::<Option<Box<Robot>>>());
}
