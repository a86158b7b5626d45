#!/bin/bash
# The tutorial CNN (samples/mnist_cnn.nsproj.json: conv 5x5 32, relu, pool, conv 5x5 64, relu,
# pool, flatten, fc 1024, relu, fc 10) built from the first start, as a newcomer does it, with
# real X events; counts the actions (one click, one key press, or one word typed = 1 action).
#
#   Xvfb :15 -screen 0 1280x720x24 &
#   XDG_CONFIG_HOME=$(mktemp -d) XDG_DATA_HOME=$(mktemp -d) DISPLAY=:15 QT_QPA_PLATFORM=xcb \
#       python -m netstudio &            # first start: the welcome is shown
#   DISPLAY=:15 xdotool search --name "— netstudio" windowsize 1280 720   # no window manager
#   DISPLAY=:15 bench/newcomer_build.sh  # screen points below are for 1280x720
#
# Result (docs/gui.md): 27 actions; the built network has the sample's 1,111,946 parameters.
export DISPLAY=${DISPLAY:-:15}
N=0
act() { N=$((N+1)); echo "$N: $*"; }
click() { act "click $3"; xdotool mousemove "$1" "$2" click 1; sleep "${4:-0.8}"; }
key() { act "key $1"; xdotool key "$1"; sleep "${2:-0.8}"; }
typ() { act "type '$1'"; xdotool type --delay 40 "$1"; sleep 0.4; }
add() { key slash 0.7; typ "$1"; key Return 1.2; }  # quick add: /, name and values, Enter

click 560 367 "Welcome: Start a new network (Input -> Flatten -> Linear 10)" 2
click 570 170 "the Input card"
add "conv 32 5"
add "relu"
add "pool"
add "conv 64 5"
add "relu"
add "pool"
key Down  # the layer below the new pool: flatten
add "fc 1024"
add "relu"
echo "ACTIONS $N"
